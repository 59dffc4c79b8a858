package id.rancang.strategy;

/**
 * The three pillars of the readiness analysis: organisation, people and budget ({@code STRUKTUR});
 * ICT and physical infrastructure ({@code INFRASTRUKTUR}); regulation, policy and SOPs ({@code
 * SUPRASTRUKTUR}).
 */
public enum Pillar {
  STRUKTUR,
  INFRASTRUKTUR,
  SUPRASTRUKTUR
}
