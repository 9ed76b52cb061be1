package io.ghlsync.ghl.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read access to the request headers, by name in any case. Adapt any framework with a lambda, e.g.
 * for a Jakarta Servlet: {@code name -> Collections.list(request.getHeaders(name))}.
 */
@FunctionalInterface
public interface WebhookHeaders {

  /**
   * All values of a header.
   *
   * @param name the header name; implementations must match it case-insensitively
   * @return the values in order received; empty if the header is absent
   */
  List<String> values(String name);

  /**
   * The first value of a header.
   *
   * @param name the header name, any case
   * @return the value, empty if the header is absent
   */
  default Optional<String> first(String name) {
    List<String> values = values(name);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Headers from a multi-valued map, e.g. JDK {@code HttpExchange.getRequestHeaders()} or Spring's
   * {@code HttpHeaders}. Names are matched case-insensitively.
   *
   * @param headers the headers; the map is read on each lookup, not copied
   * @return the view
   */
  static WebhookHeaders of(Map<String, ? extends List<String>> headers) {
    return name -> {
      List<String> out = new ArrayList<>();
      headers.forEach(
          (key, values) -> {
            if (key != null && key.equalsIgnoreCase(name) && values != null) {
              out.addAll(values);
            }
          });
      return out;
    };
  }

  /**
   * Headers from a map with one value per name. Names are matched case-insensitively.
   *
   * @param headers the headers; the map is read on each lookup, not copied
   * @return the view
   */
  static WebhookHeaders ofSingleValues(Map<String, String> headers) {
    return name -> {
      List<String> out = new ArrayList<>();
      headers.forEach(
          (key, value) -> {
            if (key != null && key.equalsIgnoreCase(name) && value != null) {
              out.add(value);
            }
          });
      return out;
    };
  }
}
