/**
 * Building blocks every module uses: problems (not found, conflict, validation), paging, tabular
 * import, the record-changed event behind the audit trail, web helpers and the database set-up.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package id.rancang.shared;

import org.springframework.modulith.ApplicationModule;
