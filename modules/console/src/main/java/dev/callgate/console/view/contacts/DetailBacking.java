package dev.callgate.console.view.contacts;

import dev.callgate.accounts.BusinessService;
import dev.callgate.accounts.ContactService;
import dev.callgate.accounts.ContactView;
import dev.callgate.accounts.NumberView;
import dev.callgate.console.faces.ConsoleTime;
import dev.callgate.console.faces.Messages;
import dev.callgate.console.security.CurrentAgent;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.WaId;
import dev.callgate.permissions.ConsentEntry;
import dev.callgate.permissions.PermissionLimits;
import dev.callgate.permissions.PermissionRequestView;
import dev.callgate.permissions.PermissionService;
import dev.callgate.permissions.PermissionState;
import dev.callgate.permissions.PermissionView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * One customer's call permission with one business number: where the pair stands, its consent
 * ledger (P11) and the requests sent. The page polls while a request awaits the customer's answer,
 * because the answer arrives by webhook and nothing else would tell the open page.
 */
@Named
@ViewScoped
public class DetailBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PermissionService permissions;

  @Inject private ContactService contacts;

  @Inject private BusinessService businesses;

  @Inject private CurrentAgent me;

  @Inject private ConsoleTime time;

  private String waId;
  private String numberId;
  private boolean found;
  // The state the request form was last drawn for: when the poll sees another, the form follows.
  private PermissionState drawnFor;

  private transient List<NumberView> numbers;
  private transient String customer;
  private transient PermissionView permission;
  private transient PermissionLimits limits;
  private transient List<ConsentEntry> history;
  private transient List<PermissionRequestView> requests;

  /**
   * Reads the page's parameters once, when it opens: {@code waId}, the customer, and optionally
   * {@code number}, the business number. They are not view parameters because those would be
   * applied again on every postback, over the number the agent picked since.
   */
  public void load() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    try {
      waId = WaId.of(params.get("waId")).value();
    } catch (CallingException refused) {
      Messages.error(null, "No such customer: the page needs a WhatsApp number");
      return;
    }
    found = true;
    numberId = chooseNumber(params.get("number"));
    drawnFor = numberId == null ? null : getPermission().status();
  }

  /**
   * The number asked for if it is the business's; else the first the customer has dealings with (a
   * request, a permission, an open window), which is what an agent coming from the contacts list
   * most likely means; else the first.
   */
  private String chooseNumber(String wanted) {
    List<String> ids = getNumbers().stream().map(NumberView::id).toList();
    if (ids.contains(wanted)) {
      return wanted;
    }
    return ids.stream()
        .filter(id -> dealsWith(permissions.permission(me.getBusinessId(), id, waId)))
        .findFirst()
        .orElse(ids.isEmpty() ? null : ids.get(0));
  }

  private boolean dealsWith(PermissionView pair) {
    return pair.status() != PermissionState.NONE
        || pair.lastRequest() != null
        || pair.insideServiceWindow(time.now());
  }

  /**
   * The poll's listener, and the number selector's: read the pair afresh, and redraw the request
   * form if its state moved.
   */
  public void refresh() {
    forget();
    PermissionState now = getPermission().status();
    if (now != drawnFor) {
      drawnFor = now;
      PrimeFaces.current().ajax().update("requestForm");
    }
  }

  /** After a request was sent or refused: what the page shows must be read again. */
  public void forget() {
    permission = null;
    history = null;
    requests = null;
  }

  /** A valid customer and a number to show them with: the panel can be drawn. */
  public boolean isFound() {
    return found && numberId != null;
  }

  public boolean isPending() {
    return isFound() && getPermission().status() == PermissionState.PENDING;
  }

  public List<NumberView> getNumbers() {
    if (numbers == null) {
      numbers = businesses.numbers(me.getBusinessId());
    }
    return numbers;
  }

  public NumberView getNumber() {
    return getNumbers().stream().filter(n -> n.id().equals(numberId)).findFirst().orElse(null);
  }

  /** The contact's name, or the number itself for a customer who is not a contact. */
  public String getCustomer() {
    if (customer == null) {
      customer =
          contacts
              .contact(me.getBusinessId(), WaId.of(waId))
              .map(ContactView::name)
              .filter(name -> !name.isBlank())
              .orElse("+" + waId);
    }
    return customer;
  }

  public PermissionView getPermission() {
    if (permission == null) {
      permission = permissions.permission(me.getBusinessId(), numberId, waId);
    }
    return permission;
  }

  public PermissionLimits getLimits() {
    if (limits == null) {
      limits = permissions.limits();
    }
    return limits;
  }

  public PairSummary getSummary() {
    return PairSummary.of(getPermission(), getLimits(), time.now());
  }

  public List<ConsentEntry> getHistory() {
    if (history == null) {
      history = permissions.history(me.getBusinessId(), numberId, waId);
    }
    return history;
  }

  public List<PermissionRequestView> getRequests() {
    if (requests == null) {
      requests = permissions.requests(me.getBusinessId(), numberId, waId);
    }
    return requests;
  }

  public String getWaId() {
    return waId;
  }

  public String getNumberId() {
    return numberId;
  }

  public void setNumberId(String numberId) {
    this.numberId = numberId;
  }
}
