package dev.callgate.api.soap.types;

import dev.callgate.calls.CallView;
import dev.callgate.calls.Page;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** One page of the calls a filter matches, with the total count. */
@XmlType(
    name = "CallPage",
    propOrder = {"items", "page", "size", "total"})
public class CallPage {

  @XmlElement public List<Call> items = new ArrayList<>();
  public int page;
  public int size;
  public long total;

  public static CallPage of(Page<CallView> calls) {
    CallPage page = new CallPage();
    calls.items().forEach(c -> page.items.add(Call.of(c)));
    page.page = calls.page();
    page.size = calls.size();
    page.total = calls.total();
    return page;
  }
}
