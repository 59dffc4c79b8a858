/**
 * Who may do what: accounts, roles per region, invitations and password resets, API tokens, login
 * throttling, the security configuration and the audit trail.
 */
@ApplicationModule(displayName = "Identity")
package id.rancang.identity;

import org.springframework.modulith.ApplicationModule;
