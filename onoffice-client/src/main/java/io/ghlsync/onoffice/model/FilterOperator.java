package io.ghlsync.onoffice.model;

/** Filter operators of onOffice reads ({@code "op"}); all conditions of a filter are ANDed. */
public enum FilterOperator {
  /** {@code =}. */
  EQ("="),
  /** {@code !=}. */
  NE("!="),
  /** {@code >}. */
  GT(">"),
  /** {@code <}. */
  LT("<"),
  /** {@code >=}. */
  GE(">="),
  /** {@code <=}. */
  LE("<="),
  /** {@code like}, with {@code %} wildcards. */
  LIKE("like"),
  /** {@code not like}. */
  NOT_LIKE("not like"),
  /** {@code in}: the value is a list. */
  IN("in"),
  /** {@code not in}: the value is a list. */
  NOT_IN("not in"),
  /** {@code between}: the value is a list of two bounds. */
  BETWEEN("between");

  private final String symbol;

  FilterOperator(String symbol) {
    this.symbol = symbol;
  }

  /**
   * The operator as sent in {@code "op"}.
   *
   * @return the symbol, e.g. {@code >=} or {@code not in}
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Whether the operator takes a list value ({@code in}, {@code not in}, {@code between}).
   *
   * @return {@code true} for {@link #IN}, {@link #NOT_IN} and {@link #BETWEEN}
   */
  public boolean takesList() {
    return this == IN || this == NOT_IN || this == BETWEEN;
  }
}
