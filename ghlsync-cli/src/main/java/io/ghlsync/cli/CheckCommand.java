package io.ghlsync.cli;

import io.ghlsync.core.ApiException;
import io.ghlsync.core.AuthenticationException;
import io.ghlsync.core.NetworkException;
import io.ghlsync.core.PermissionException;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.ghl.model.Contact;
import io.ghlsync.ghl.model.SearchContactsRequest;
import io.ghlsync.optmyzr.model.ContactQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Command;

/** {@code ghlsync check}: connectivity, credentials and scopes of every configured service. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks the configuration, then reaches every service with its credential: GHL with GET"
          + " /contacts/:contactId on a sample contact (ghl.sampleContactId, else the first contact"
          + " found), each target with one read. Says exactly which credential or scope is missing.",
      "Exit 0 when every check passes, 1 when a service refuses, 2 when the configuration is bad"
          + " or a service cannot be reached. Nothing is written."
    })
final class CheckCommand extends CliCommand {
  private static final String ENGINE_SCOPE = "contacts.readonly";

  @Override
  int run() {
    CliConfig config = config();
    try (Session session = Session.open(config)) {
      if (session.sandbox().isEmpty()) {
        Reachability.require(config);
      }
      List<Map<String, Object>> checks = new ArrayList<>();
      if (!config.ghl().scopes().contains(ENGINE_SCOPE)) {
        checks.add(
            result(
                "ghl",
                "ghl.scopes",
                false,
                "the engine reads contacts with scope "
                    + ENGINE_SCOPE
                    + ", which ghl.scopes does not list; add it (and grant it to the token)"));
      }
      for (String loc : config.ghl().locations()) {
        checks.add(ghl(session.ghl(loc), loc, config.ghl().sampleContactId()));
      }
      session.onOffice.forEach(
          (name, client) ->
              checks.add(
                  probe(
                      name,
                      key(config, name),
                      () -> {
                        client.addresses().findByEmail("ghlsync-check@example.invalid");
                        return "address search answered (credentials accepted)";
                      })));
      session.optmyzr.forEach(
          (name, client) ->
              checks.add(
                  probe(
                      name,
                      key(config, name),
                      () -> {
                        client.contacts().list(ContactQuery.builder().limit(1).build());
                        return "contacts list answered (API key accepted)";
                      })));
      boolean ok = checks.stream().allMatch(c -> Boolean.TRUE.equals(c.get("ok")));
      output()
          .print(
              Map.of("ok", ok, "checks", checks),
              () -> {
                List<String> lines = new ArrayList<>();
                for (Map<String, Object> c : checks) {
                  lines.add(
                      (Boolean.TRUE.equals(c.get("ok")) ? "ok    " : "FAILED")
                          + "  "
                          + c.get("service")
                          + ": "
                          + c.get("detail"));
                }
                lines.add(ok ? "All checks passed." : "Some checks failed; see above.");
                return lines;
              });
      return ok ? Ghlsync.OK : Ghlsync.FAILED;
    }
  }

  private static String key(CliConfig config, String target) {
    return config.targets().stream()
        .filter(t -> t.name().equals(target))
        .map(t -> t.key() + ".credentials")
        .findFirst()
        .orElse("targets");
  }

  private static Map<String, Object> ghl(GhlClient client, String loc, Optional<String> sample) {
    String key = "ghl.credentials.privateToken";
    return probe(
        "ghl location " + loc,
        key,
        () -> {
          String id =
              sample.orElseGet(
                  () ->
                      client
                          .contacts()
                          .search(SearchContactsRequest.builder().pageLimit(1).build())
                          .items()
                          .stream()
                          .map(Contact::id)
                          .findFirst()
                          .orElse(""));
          if (id.isEmpty()) {
            return "reachable; the location has no contact to read (set ghl.sampleContactId)";
          }
          client.contacts().get(id);
          return "GET /contacts/" + id + " answered (scope " + ENGINE_SCOPE + " granted)";
        });
  }

  private static Map<String, Object> probe(String service, String key, Supplier<String> call) {
    try {
      return result(service, key, true, call.get());
    } catch (NetworkException e) {
      throw CliFailure.config(
          key.replaceAll("\\.credentials.*$", key.startsWith("ghl") ? ".baseUrl" : ".url"),
          service + " cannot be reached (" + e.getMessage() + ")",
          "check the URL and the network");
    } catch (AuthenticationException e) {
      return result(
          service,
          key,
          false,
          "credential " + key + " refused: " + e.getMessage() + "; issue a new one");
    } catch (PermissionException e) {
      return result(
          service, key, false, "missing scope: " + e.getMessage() + "; grant it to the token");
    } catch (ApiException e) {
      return result(service, key, false, String.valueOf(e.getMessage()));
    }
  }

  private static Map<String, Object> result(String service, String key, boolean ok, String detail) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("service", service);
    m.put("key", key);
    m.put("ok", ok);
    m.put("detail", detail);
    return m;
  }
}
