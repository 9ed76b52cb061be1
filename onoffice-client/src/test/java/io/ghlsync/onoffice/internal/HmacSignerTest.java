package io.ghlsync.onoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HmacSignerTest {

  @ParameterizedTest(name = "vector {index}")
  @CsvSource({
    "yOJobbhGLXdp90XxvxedFhH7073L9U, mgjIQkNRnaqggVzy9cZW, 123456789, estateCategories,"
        + " urn:onoffice-de-ns:smart:2.5:smartml:action:get,"
        + " dsvg3r4AFcQXges0MZ+3auzQVfnEB39pLkKSgmm9Wvg=",
    "testsecret, testtoken, 1646228220, calendar, urn:onoffice-de-ns:smart:2.5:smartml:action:read,"
        + " w6ifKMmAdJoKhu0vl2twvfP+ltyOTQ7LqLpvsZkOnlg=",
    "dhY8h7FeU9, dX5hkIIU6W, 123456789, estateCategories,"
        + " urn:onoffice-de-ns:smart:2.5:smartml:action:get,"
        + " F9OXyaJv7p+bLkwGDGV7ZUmfYgjH2E24zpsxY5/nVDk="
  })
  void signsTheReferenceTestVectors(
      String secret,
      String token,
      long timestamp,
      String resourceType,
      String actionId,
      String hmac) {
    assertThat(HmacSigner.sign(secret, timestamp, token, resourceType, actionId)).isEqualTo(hmac);
  }

  @Test
  void signatureDependsOnTheTimestamp() {
    String a = HmacSigner.sign("s", 100, "t", "address", "urn:x");
    String b = HmacSigner.sign("s", 101, "t", "address", "urn:x");
    assertThat(a).isNotEqualTo(b);
  }
}
