package org.sepgraph.queries.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** An exact non-negative rational, kept in lowest terms: points split by shares stay exact until money is rounded. */
record Fraction(BigInteger num, BigInteger den) implements Comparable<Fraction> {
    static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

    Fraction {
        if (den.signum() <= 0) {
            throw new ArithmeticException("denominator must be positive");
        }
        BigInteger g = num.gcd(den);
        if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
            num = num.divide(g);
            den = den.divide(g);
        }
    }

    static Fraction of(long n) {
        return new Fraction(BigInteger.valueOf(n), BigInteger.ONE);
    }

    static Fraction of(BigDecimal d) {
        return d.scale() <= 0 ? new Fraction(d.toBigIntegerExact(), BigInteger.ONE)
                : new Fraction(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    Fraction plus(Fraction o) {
        return new Fraction(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Fraction minus(Fraction o) {
        return new Fraction(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
    }

    Fraction times(Fraction o) {
        return new Fraction(num.multiply(o.num), den.multiply(o.den));
    }

    Fraction over(Fraction o) {
        return new Fraction(num.multiply(o.den), den.multiply(o.num));
    }

    boolean isZero() {
        return num.signum() == 0;
    }

    BigInteger floor() {
        return num.divide(den);
    }

    /** What is left above the floor, in [0, 1). */
    Fraction remainder() {
        return new Fraction(num.mod(den), den);
    }

    BigDecimal toDecimal(int scale) {
        return new BigDecimal(num).divide(new BigDecimal(den), scale, RoundingMode.HALF_EVEN);
    }

    @Override
    public int compareTo(Fraction o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }
}
