package io.ghlsync.sync;

import static io.ghlsync.sync.testing.GhlSandbox.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.core.RateLimitConfig;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.sync.mapping.FieldRule;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.testing.GhlSandbox;
import io.ghlsync.sync.testing.MapCrm;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/**
 * GHL's spec leaves the search response undefined: the engine checks that search pages carry the
 * fields the mapping reads, and fetches contact by contact when they do not.
 */
class SearchPageCheckTest {
  private static final int CONTACTS = 40;

  /** A host whose search results lack {@code lastName} (the GET still has it). */
  private static final OkHttpClient PARTIAL_SEARCH =
      new OkHttpClient.Builder()
          .addInterceptor(
              chain -> {
                Response response = chain.proceed(chain.request());
                if (!chain.request().url().encodedPath().endsWith("/contacts/search")
                    || response.body() == null) {
                  return response;
                }
                String body = response.body().string().replaceAll("\"lastName\":\"[^\"]*\",?", "");
                return response
                    .newBuilder()
                    .body(ResponseBody.create(body, MediaType.get("application/json")))
                    .build();
              })
          .build();

  @Test
  void partialSearchPagesAreNoticedAndEveryContactIsFetched() {
    Mapping mapping =
        Mapping.builder("ghl-to-mapcrm", "1")
            .contact(FieldRule.to("name").concat(" ", "firstName", "lastName").build())
            .build();
    MapCrm crm = new MapCrm();
    try (GhlSandbox s = new GhlSandbox(CONTACTS, 1_000_000, 0, 0);
        GhlClient partial =
            GhlClient.builder()
                .baseUrl(s.ghl.baseUrl())
                .privateIntegrationToken(s.location.privateToken("contacts.readonly"))
                .locationId(LOCATION)
                .grantedScopes("contacts.readonly")
                .rateLimit(RateLimitConfig.perWindow(1_000_000, Duration.ofSeconds(10)))
                .config(c -> c.okHttpClient(PARTIAL_SEARCH))
                .build();
        SyncEngine engine = s.engine().ghl(partial).target(crm).mapping(mapping).build()) {
      engine.backfill(LOCATION);
      engine.runPending();

      // One GET checked the first page record and became its read; every other contact is
      // fetched by its item.
      assertThat(s.ghl.journal().count("get-contact")).isEqualTo(CONTACTS);
      assertThat(crm.records(EntityKind.CONTACT).values())
          .allSatisfy(r -> assertThat(String.valueOf(r.get("name"))).contains(" "));
    }
  }

  @Test
  void aFieldNoContactHasCostsThreeChecksThenPagesAreTrusted() {
    Mapping mapping =
        Mapping.builder("ghl-to-mapcrm", "1")
            .contact(FieldRule.to("email").from("email").build())
            .contact(FieldRule.to("code").from("customFields.neverFilled").build())
            .build();
    MapCrm crm = new MapCrm();
    try (GhlSandbox s = new GhlSandbox(CONTACTS, 1_000_000, 0, 0);
        SyncEngine engine = s.engine().target(crm).mapping(mapping).build()) {
      engine.backfill(LOCATION);
      engine.runPending();

      assertThat(s.ghl.journal().count("get-contact")).isEqualTo(3);
      assertThat(crm.records(EntityKind.CONTACT)).hasSize(CONTACTS);
    }
  }
}
