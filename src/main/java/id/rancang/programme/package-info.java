/** Buku 2: innovative programmes, partners, budgets, dependencies, risks and action plans. */
@ApplicationModule(displayName = "Programme")
package id.rancang.programme;

import org.springframework.modulith.ApplicationModule;
