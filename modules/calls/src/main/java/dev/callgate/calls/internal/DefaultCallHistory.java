package dev.callgate.calls.internal;

import dev.callgate.calls.CallHistory;
import dev.callgate.calls.CallQuery;
import dev.callgate.calls.CallView;
import dev.callgate.calls.Page;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The call list and the webhook journal. */
@Stateless
public class DefaultCallHistory implements CallHistory {

  @Inject private Calls calls;

  @Inject private CallJournal journal;

  @Override
  public Page<CallView> calls(long businessId, CallQuery query) {
    PageRequest.check(query.page(), query.size());
    return new Page<>(
        calls.page(businessId, query).stream().map(Call::view).toList(),
        query.page(),
        query.size(),
        calls.count(businessId, query));
  }

  @Override
  public Optional<CallView> byWaCallId(String waCallId) {
    return calls.byWaCallId(waCallId).map(Call::view);
  }

  @Override
  public List<String> events(String waCallId) {
    return journal.events(waCallId);
  }
}
