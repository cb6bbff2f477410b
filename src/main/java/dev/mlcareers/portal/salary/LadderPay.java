package dev.mlcareers.portal.salary;

/**
 * A role on the career ladder with its pay in one region, in the comparison's currency.
 */
public record LadderPay(RoleName role, PaySummary pay) {
}
