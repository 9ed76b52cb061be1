package io.ghlsync.testkit.onoffice.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code read} and {@code create} on {@code agentslog}: reads take {@code addressid}, creates take
 * {@code addressids} (one entry per address; the response's record type is {@code agentsLog}).
 * Entries come back newest first unless {@code sortby} says otherwise.
 */
public final class ActivityHandler {
  private static final Set<String> NOT_FILTERABLE =
      Set.of("Benutzer", "Adress_nr", "Objekt_nr", "dauer");

  private final OnOfficeState state;

  /**
   * Creates the handler.
   *
   * @param state the fake's state
   */
  public ActivityHandler(OnOfficeState state) {
    this.state = state;
  }

  /**
   * {@code read agentslog}.
   *
   * @param p the parameters
   * @return the page with the total
   */
  public ActionData read(Map<String, Object> p) {
    List<String> data = AddressHandler.fields(p.get("data"));
    FilterMatcher filter = FilterMatcher.parse(p.get("filter"), NOT_FILTERABLE);
    List<Long> addresses =
        p.containsKey("addressid") ? Values.longs(p.get("addressid"), "addressid") : List.of();
    List<ActivityRow> rows = new ArrayList<>();
    for (ActivityRow row : state.activities().values()) {
      if (!addresses.isEmpty() && !addresses.contains(row.addressId())) {
        continue;
      }
      if (filter.matches(f -> valuesOf(row, f))) {
        rows.add(row);
      }
    }
    String sortField = "Datum";
    boolean desc = true;
    if (p.get("sortby") instanceof Map<?, ?> sort && !sort.isEmpty()) {
      Map.Entry<?, ?> first = sort.entrySet().iterator().next();
      sortField = String.valueOf(first.getKey());
      desc = "DESC".equalsIgnoreCase(String.valueOf(first.getValue()));
    } else if (p.get("sortby") instanceof String s && !s.isBlank()) {
      sortField = s;
      desc = "DESC".equalsIgnoreCase(String.valueOf(p.get("sortorder")));
    }
    rows.sort((a, b) -> Long.compare(b.id(), a.id()));
    Listing.sort(rows, sortField, desc, (r, f) -> valuesOf(r, f).stream().findFirst().orElse(null));
    List<Map<String, Object>> records = new ArrayList<>();
    for (ActivityRow row : Listing.window(rows, Listing.offset(p), Listing.limit(p))) {
      Map<String, Object> elements = new LinkedHashMap<>();
      for (String field : data) {
        if (field.equals("Adress_nr")) {
          elements.put(
              field, row.addressId() == 0 ? List.of() : List.of(String.valueOf(row.addressId())));
        } else {
          elements.put(
              field,
              row.fields().containsKey(field) ? Values.render(row.fields().get(field)) : null);
        }
      }
      records.add(ActionData.record(row.id(), "agentslog", elements));
    }
    return new ActionData(records, (long) rows.size(), true);
  }

  /**
   * {@code create agentslog}.
   *
   * @param p the parameters
   * @return the first new id, record type {@code agentsLog}, {@code elements: []}
   */
  public ActionData create(Map<String, Object> p) {
    List<Long> addresses =
        p.containsKey("addressids") ? Values.longs(p.get("addressids"), "addressids") : List.of();
    if (addresses.isEmpty() && !p.containsKey("estateid")) {
      throw new ActionError(254, "Missing mandatory field: addressids or estateid");
    }
    for (Long id : addresses) {
      if (!state.addresses().containsKey(id)) {
        throw new ActionError(292, "Unknown address id: " + id);
      }
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("Aktionsart", Values.text(p, "actionkind").orElse(""));
    fields.put("Aktionstyp", Values.text(p, "actiontype").orElse(""));
    fields.put("Datum", Values.text(p, "datetime").orElse(Values.format(state.now())));
    fields.put("created", Values.format(state.now()));
    fields.put("Bemerkung", Values.text(p, "note").orElse(""));
    fields.put("Benutzer", Values.text(p, "userid").orElse("apiuser"));
    long first = -1;
    for (long address : addresses.isEmpty() ? List.of(0L) : addresses) {
      long id = state.nextActivityId();
      first = first < 0 ? id : first;
      state.activities().put(id, new ActivityRow(id, address, Map.copyOf(fields)));
      if (address != 0) {
        state.relations().add(new RelationRow(OnOfficeState.AGENTSLOG_ADDRESS, id, address));
      }
    }
    return ActionData.written(first, "agentsLog", List.of());
  }

  private static List<Object> valuesOf(ActivityRow row, String field) {
    Object value = row.fields().get(field);
    return value == null ? List.of() : List.of(value);
  }

  /**
   * Stores a record directly (seeding), with the same rules as create.
   *
   * @param p create parameters
   * @return the id
   */
  public long seed(Map<String, Object> p) {
    return Values.longOf(create(p).records().get(0).get("id")).orElseThrow();
  }
}
