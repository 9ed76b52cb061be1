package io.ghlsync.benchmarks;

/** The contact body every benchmark server answers with (shape of the spec's example). */
final class ContactJson {
  static final String BODY =
      "{\"contact\":{\"id\":\"seD4PfOuKoVMLkEZqohJ\",\"name\":\"rubika deo\","
          + "\"locationId\":\"ve9EPM428h8vShlRW1KT\",\"firstName\":\"rubika\","
          + "\"lastName\":\"Deo\",\"email\":\"rubika@deos.com\",\"emailLowerCase\":\"rubika@deos.com\","
          + "\"timezone\":\"Asia/Calcutta\",\"companyName\":\"DGS VolMAX\",\"phone\":\"+18832327657\","
          + "\"dnd\":true,\"dndSettings\":{\"Call\":{\"status\":\"active\",\"message\":\"string\","
          + "\"code\":\"string\"}},\"type\":\"read\",\"source\":\"public api\","
          + "\"assignedTo\":\"182goXVW3lIExEQPOnd3\",\"address1\":\"3535 1st St N\","
          + "\"city\":\"Dolomite\",\"state\":\"AL\",\"country\":\"US\",\"postalCode\":\"35061\","
          + "\"website\":\"https://www.tesla.com\",\"tags\":[\"nisi sint commodo amet\","
          + "\"consequat\"],\"dateOfBirth\":\"1990-09-25T00:00:00.000Z\","
          + "\"dateAdded\":\"2021-07-02T05:18:26.704Z\",\"dateUpdated\":\"2021-07-02T05:18:26.704Z\","
          + "\"customFields\":[{\"id\":\"MgobCB14YMVKuE4Ka8p1\",\"value\":\"name\"},"
          + "{\"id\":\"n2\",\"value\":42},{\"id\":\"n3\",\"value\":[\"a\",\"b\"]}],"
          + "\"businessId\":\"641c094001436dbc2081e642\","
          + "\"attributionSource\":{\"url\":\"https://example.com\",\"campaign\":\"c\","
          + "\"utmSource\":\"s\",\"utmMedium\":\"m\",\"referrer\":\"r\"}}}";

  private ContactJson() {}
}
