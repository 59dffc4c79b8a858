package id.rancang.workshop;

/** Where an invitation stands: sent, accepted (or registered by the person), or declined. */
public enum InvitationStatus {
  INVITED,
  REGISTERED,
  DECLINED
}
