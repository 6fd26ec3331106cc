package io.opsledger.kernel.plan.markdown;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a percentage is written in a plan file: {@code 50}, {@code 33.33}, {@code 12.5}. */
final class ProgressFigure {

    private ProgressFigure() {
    }

    static String format(double percentage) {
        return BigDecimal.valueOf(percentage)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** French authors write {@code 33,33}; both separators are read, only the dot is written. */
    static double parse(String figure) {
        return Double.parseDouble(figure.replace(',', '.'));
    }
}
