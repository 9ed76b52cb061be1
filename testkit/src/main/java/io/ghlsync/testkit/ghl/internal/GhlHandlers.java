package io.ghlsync.testkit.ghl.internal;

import io.ghlsync.testkit.FakeResponse;

/** Sends an authorised call to the handler of its operation. */
final class GhlHandlers {

  FakeResponse handle(Call call) {
    return switch (call.route().operation()) {
      case SEARCH_CONTACTS -> ContactSearch.run(call);
      case GET_DUPLICATE -> ContactEndpoints.duplicate(call);
      case LIST_TASKS -> TaskEndpoints.list(call);
      case CREATE_TASK -> TaskEndpoints.create(call);
      case GET_TASK -> TaskEndpoints.get(call);
      case UPDATE_TASK -> TaskEndpoints.update(call);
      case DELETE_TASK -> TaskEndpoints.delete(call);
      case COMPLETE_TASK -> TaskEndpoints.complete(call);
      case LIST_APPOINTMENTS -> MembershipEndpoints.appointments(call);
      case ADD_TAGS -> MembershipEndpoints.addTags(call);
      case REMOVE_TAGS -> MembershipEndpoints.removeTags(call);
      case LIST_NOTES -> NoteEndpoints.list(call);
      case CREATE_NOTE -> NoteEndpoints.create(call);
      case GET_NOTE -> NoteEndpoints.get(call);
      case UPDATE_NOTE -> NoteEndpoints.update(call);
      case DELETE_NOTE -> NoteEndpoints.delete(call);
      case BULK_TAGS -> BulkEndpoints.tags(call);
      case BULK_BUSINESS -> BulkEndpoints.business(call);
      case GET_CONTACT -> ContactEndpoints.get(call);
      case UPDATE_CONTACT -> ContactEndpoints.update(call);
      case DELETE_CONTACT -> ContactEndpoints.delete(call);
      case UPSERT_CONTACT -> ContactEndpoints.upsert(call);
      case LIST_BY_BUSINESS -> ContactListEndpoints.byBusiness(call);
      case ADD_FOLLOWERS -> MembershipEndpoints.addFollowers(call);
      case REMOVE_FOLLOWERS -> MembershipEndpoints.removeFollowers(call);
      case ADD_TO_CAMPAIGN -> MembershipEndpoints.addToCampaign(call);
      case REMOVE_FROM_CAMPAIGN -> MembershipEndpoints.removeFromCampaign(call);
      case REMOVE_FROM_ALL_CAMPAIGNS -> MembershipEndpoints.removeFromAllCampaigns(call);
      case ADD_TO_WORKFLOW -> MembershipEndpoints.addToWorkflow(call);
      case REMOVE_FROM_WORKFLOW -> MembershipEndpoints.removeFromWorkflow(call);
      case CREATE_CONTACT -> ContactEndpoints.create(call);
      case LIST_CONTACTS -> ContactListEndpoints.list(call);
      case SEARCH_TASKS -> TaskSearch.run(call);
      case TOKEN, LOCATION_TOKEN ->
          throw new IllegalStateException("OAuth operations are handled before the location");
    };
  }
}
