package io.reelstorm.gateway.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryBudgetTest {

    @Test
    void aFreshBudgetAllowsAsManyRetriesAsItHoldsTokens() {
        RetryBudget budget = new RetryBudget(0.1, 10);

        assertThat(IntStream.range(0, 15).filter(i -> budget.tryWithdraw()).count()).isEqualTo(10);
        assertThat(budget.tokens()).isZero();
    }

    @Test
    void everyTenRequestsEarnOneRetry() {
        RetryBudget budget = emptied(new RetryBudget(0.1, 10));

        IntStream.range(0, 9).forEach(i -> budget.deposit());
        assertThat(budget.tryWithdraw()).isFalse();
        budget.deposit();
        assertThat(budget.tryWithdraw()).isTrue();
        assertThat(budget.tryWithdraw()).isFalse();
    }

    @Test
    void underAFailureStormRetriesStayNearATenthOfTheRequests() {
        RetryBudget budget = new RetryBudget(0.1, 10);
        int retries = 0;
        for (int request = 0; request < 1000; request++) {
            budget.deposit();
            for (int attempt = 1; attempt < 3 && budget.tryWithdraw(); attempt++) {
                retries++;
            }
        }

        assertThat(retries).isBetween(100, 110);
    }

    @Test
    void savingsAreCappedSoAQuietPeriodCannotFundAStorm() {
        RetryBudget budget = new RetryBudget(0.1, 10);

        IntStream.range(0, 10_000).forEach(i -> budget.deposit());

        assertThat(budget.tokens()).isEqualTo(10.0);
    }

    @Test
    void aWithdrawalThatFailsSpendsNothing() {
        RetryBudget budget = emptied(new RetryBudget(0.1, 10));
        IntStream.range(0, 5).forEach(i -> budget.deposit());

        assertThat(budget.tryWithdraw()).isFalse();
        assertThat(budget.tokens()).isEqualTo(0.5);
    }

    private static RetryBudget emptied(RetryBudget budget) {
        while (budget.tryWithdraw()) {
            // spend what it starts with
        }
        return budget;
    }
}
