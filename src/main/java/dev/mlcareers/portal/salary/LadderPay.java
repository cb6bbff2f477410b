package dev.mlcareers.portal.salary;

import dev.mlcareers.portal.rolecatalog.RoleRef;

/**
 * A role on the career ladder with its pay in one region, in the comparison's currency.
 */
public record LadderPay(RoleRef role, PaySummary pay) {
}
