/**
 * The roadmap of a masterplan: scenarios with yearly budget ceilings per funding source and rules,
 * the optimisation of the programmes' start years within them (Google OR-Tools on a time-indexed
 * model, run in the background), the comparison of scenarios and the adoption of one as the
 * masterplan's roadmap, which sets the programmes' years. The pure model and checks are in {@code
 * rules}.
 */
@ApplicationModule(displayName = "Roadmap")
package id.rancang.roadmap;

import org.springframework.modulith.ApplicationModule;
