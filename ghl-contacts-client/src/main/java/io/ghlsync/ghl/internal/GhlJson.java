package io.ghlsync.ghl.internal;

import com.squareup.moshi.Moshi;
import io.ghlsync.ghl.GhlApiVersion;

/** The Moshi instance of a client: lenient records, any-JSON values, versioned field names. */
public final class GhlJson {
  private GhlJson() {}

  /**
   * Builds the Moshi instance for an API version.
   *
   * @param version the client's API version
   * @return the Moshi instance
   */
  public static Moshi moshi(GhlApiVersion version) {
    Moshi.Builder b = new Moshi.Builder();
    if (version == GhlApiVersion.V3) {
      b.add(new V3NamesAdapterFactory());
    }
    return b.add(new SearchFilterAdapterFactory())
        .add(Object.class, new JsonValueAdapter())
        .add(new LenientRecordAdapterFactory())
        .build();
  }
}
