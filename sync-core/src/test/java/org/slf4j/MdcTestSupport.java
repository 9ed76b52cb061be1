package org.slf4j;

import org.slf4j.helpers.BasicMDCAdapter;

/**
 * Gives tests a working MDC: the test binding (slf4j-simple) keeps none, and {@link
 * MDC#setMDCAdapter} is package-private, hence this class in SLF4J's package (test sources only).
 */
public final class MdcTestSupport {
  private MdcTestSupport() {}

  /** Makes {@link MDC} store values (in this JVM, from now on). */
  public static void useBasicAdapter() {
    if (!(MDC.getMDCAdapter() instanceof BasicMDCAdapter)) {
      MDC.setMDCAdapter(new BasicMDCAdapter());
    }
  }
}
