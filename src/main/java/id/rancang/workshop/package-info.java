/**
 * The Bimtek workshops of a masterplan and public participation: agenda, invitations, attendance,
 * materials, minutes, ideas with comments, support votes and moderation, live questions on the
 * projector, and public consultations.
 */
@ApplicationModule(displayName = "Workshop")
package id.rancang.workshop;

import org.springframework.modulith.ApplicationModule;
