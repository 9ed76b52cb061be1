package io.ghlsync.testkit.ghl.internal;

import io.ghlsync.testkit.FakeResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a contact belongs to: tags, followers, campaigns, workflows, and its appointments. Campaigns
 * and workflows must be seeded first (unknown ones answer 400).
 */
final class MembershipEndpoints {
  private MembershipEndpoints() {}

  static FakeResponse addTags(Call call) {
    return changeTags(call, true, 201);
  }

  static FakeResponse removeTags(Call call) {
    return changeTags(call, false, 200);
  }

  private static FakeResponse changeTags(Call call, boolean add, int status) {
    String id = call.param("contactId");
    call.contact(id);
    Map<String, Object> body = call.body();
    ContactEndpoints.failOn(DtoCheck.of(body, Set.of("tags")).required("tags").stringArray("tags"));
    List<String> tags = ContactFields.tags(JsonTree.strings(body, "tags"));
    Map<String, Object> contact = retag(call, id, tags, add);
    return Call.json(status, Map.of("tags", contact.get("tags")));
  }

  static Map<String, Object> retag(Call call, String id, List<String> tags, boolean add) {
    Map<String, Object> contact =
        call.location()
            .contacts()
            .update(
                id,
                c -> {
                  Set<String> current = new LinkedHashSet<>(JsonTree.strings(c, "tags"));
                  if (add) {
                    current.addAll(tags);
                  } else {
                    tags.forEach(current::remove);
                  }
                  c.put("tags", new ArrayList<>(current));
                  c.put("dateUpdated", Dates.format(call.world().now()));
                })
            .orElseThrow(() -> call.notFound("Contact not found"));
    call.world().events().contact("ContactTagUpdate", call.location().id(), contact);
    return contact;
  }

  static FakeResponse addFollowers(Call call) {
    return changeFollowers(call, true);
  }

  static FakeResponse removeFollowers(Call call) {
    return changeFollowers(call, false);
  }

  private static FakeResponse changeFollowers(Call call, boolean add) {
    String id = call.param("contactId");
    call.contact(id);
    Map<String, Object> body = call.body();
    ContactEndpoints.failOn(
        DtoCheck.of(body, Set.of("followers")).required("followers").stringArray("followers"));
    List<String> requested = JsonTree.strings(body, "followers");
    List<String> changed = new ArrayList<>();
    Map<String, Object> contact =
        call.location()
            .contacts()
            .update(
                id,
                c -> {
                  Set<String> current = new LinkedHashSet<>(JsonTree.strings(c, "followers"));
                  for (String follower : requested) {
                    if (add ? current.add(follower) : current.remove(follower)) {
                      changed.add(follower);
                    }
                  }
                  c.put("followers", new ArrayList<>(current));
                })
            .orElseThrow(() -> call.notFound("Contact not found"));
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("followers", contact.get("followers"));
    response.put(add ? "followersAdded" : "followersRemoved", changed);
    return Call.json(add ? 201 : 200, response);
  }

  static FakeResponse addToCampaign(Call call) {
    String id = call.param("contactId");
    call.contact(id);
    ContactEndpoints.failOn(DtoCheck.of(call.body(), Set.of()));
    String campaignId = call.param("campaignId");
    if (!call.location().campaigns().contains(campaignId)) {
      throw new GhlProblem(GhlErrors.badRequest("Campaign not found"));
    }
    call.location().campaignsOf(id).add(campaignId);
    return Call.json(201, Map.of("succeded", true));
  }

  static FakeResponse removeFromCampaign(Call call) {
    String id = call.param("contactId");
    call.contact(id);
    call.location().campaignsOf(id).remove(call.param("campaignId"));
    return Call.json(200, Map.of("succeded", true));
  }

  static FakeResponse removeFromAllCampaigns(Call call) {
    String id = call.param("contactId");
    call.contact(id);
    call.location().campaignsOf(id).clear();
    return Call.json(200, Map.of("succeded", true));
  }

  static FakeResponse addToWorkflow(Call call) {
    return changeWorkflow(call, true);
  }

  static FakeResponse removeFromWorkflow(Call call) {
    return changeWorkflow(call, false);
  }

  private static FakeResponse changeWorkflow(Call call, boolean add) {
    String id = call.param("contactId");
    call.contact(id);
    Map<String, Object> body = call.body();
    ContactEndpoints.failOn(
        DtoCheck.of(body, Set.of("eventStartTime"))
            .string("eventStartTime")
            .isoDate("eventStartTime"));
    String workflowId = call.param("workflowId");
    if (!call.location().workflows().contains(workflowId)) {
      throw new GhlProblem(GhlErrors.badRequest("Workflow not found"));
    }
    if (add) {
      call.location().workflowsOf(id).add(workflowId);
    } else {
      call.location().workflowsOf(id).remove(workflowId);
    }
    return Call.json(200, Map.of("succeded", true));
  }

  static FakeResponse appointments(Call call) {
    String id = call.param("contactId");
    call.contact(id);
    return Call.json(
        200, Map.of("events", new ArrayList<Object>(call.location().appointmentsOf(id))));
  }
}
