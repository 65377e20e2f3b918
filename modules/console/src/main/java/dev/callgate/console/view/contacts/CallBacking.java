package dev.callgate.console.view.contacts;

import dev.callgate.accounts.AgentService;
import dev.callgate.accounts.AgentView;
import dev.callgate.accounts.ContactService;
import dev.callgate.accounts.ContactView;
import dev.callgate.billing.BillingService;
import dev.callgate.billing.QuoteView;
import dev.callgate.billing.WalletService;
import dev.callgate.billing.WalletView;
import dev.callgate.calls.OutboundCalls;
import dev.callgate.calls.Preflight;
import dev.callgate.console.faces.ConsoleTime;
import dev.callgate.console.faces.Labels;
import dev.callgate.console.security.CurrentAgent;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.WaId;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The contact page's call button and the call dialog's facts. Only the agent the chat is assigned
 * to gets a button (L6); it is disabled with the pre-flight's reason, and until when, when a rule
 * stops the call now (L7: the same check the real start makes). The call itself is placed by the
 * browser's softphone, which talks to {@code dev.callgate.console.softphone}.
 *
 * <p>What the page shows is read once per request and never kept between requests: the pair can
 * change under an open page (a permission granted, a call ended), and a poll or the end of a call
 * redraws the button from fresh answers.
 */
@Named
@ViewScoped
public class CallBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The quote is for one minute, so the dialog can show the rate per minute as the debit has it.
   */
  private static final int QUOTED_SECONDS = 60;

  @Inject private DetailBacking pair;

  @Inject private OutboundCalls calls;

  @Inject private ContactService contacts;

  @Inject private AgentService agents;

  @Inject private BillingService billing;

  @Inject private WalletService wallets;

  @Inject private CurrentAgent me;

  @Inject private ConsoleTime time;

  /** L6: only the chat's assignee may call the customer, so only they see a call button. */
  public boolean isAssignedToMe() {
    return pair.isFound() && assignee().filter(id -> id == me.getId()).isPresent();
  }

  /** Why there is no call button: the chat is nobody's, or another agent's. */
  public String getAssignmentNote() {
    Optional<Long> assignee = assignee();
    if (assignee.isEmpty()) {
      return "This chat is not assigned to an agent, so nobody can call "
          + pair.getCustomer()
          + " (L6). Assign the chat to call them.";
    }
    String name =
        agents
            .agent(me.getBusinessId(), assignee.get())
            .map(AgentView::name)
            .orElse("another agent");
    return "Only "
        + name
        + ", to whom this chat is assigned, can call "
        + pair.getCustomer()
        + " (L6).";
  }

  public boolean isAllowed() {
    return isAssignedToMe() && getPreflight().allowed();
  }

  /** The pre-flight's refusal in the module's words, with its rule. */
  public String getReason() {
    CallingException refusal = getPreflight().refusal();
    if (refusal == null) {
      return null;
    }
    return refusal.message() + (refusal.rule() == null ? "" : " (" + refusal.rule() + ")");
  }

  /** When a refusal that time clears (L1, L2) lifts, formatted as every instant of the console. */
  public String getUntil() {
    CallingException refusal = getPreflight().refusal();
    return refusal == null || refusal.retryAfter() == null
        ? null
        : Labels.format(refusal.retryAfter());
  }

  public Preflight getPreflight() {
    return perRequest(
        "preflight",
        () -> calls.preflight(me.getBusinessId(), pair.getNumberId(), pair.getWaId(), me.getId()));
  }

  /** The customer's market and rate (B4), or null when the destination cannot be priced. */
  public QuoteView getQuote() {
    return perRequest(
        "quote",
        () -> {
          try {
            return billing.quote(WaId.of(pair.getWaId()), QUOTED_SECONDS, time.now());
          } catch (CallingException noRate) {
            return null;
          }
        });
  }

  public String getRate() {
    QuoteView quote = getQuote();
    return quote == null
        ? ""
        : quote.ratePerMinute().rounded().toPlainString() + " " + quote.currency() + " per minute";
  }

  public WalletView getWallet() {
    return perRequest("wallet", () -> wallets.wallet(me.getBusinessId()));
  }

  public String getBalance() {
    WalletView wallet = getWallet();
    return wallet.balance().rounded().toPlainString() + " " + wallet.currency();
  }

  private Optional<Long> assignee() {
    Optional<ContactView> contact =
        perRequest("contact", () -> contacts.contact(me.getBusinessId(), WaId.of(pair.getWaId())));
    return contact.map(ContactView::assigneeAgentId);
  }

  /**
   * One answer per request and business number: Faces asks each getter several times while it
   * renders, and the request's attribute map is gone when the request is, so nothing goes stale.
   */
  @SuppressWarnings("unchecked")
  private <T> T perRequest(String what, Supplier<T> read) {
    Map<Object, Object> cache = FacesContext.getCurrentInstance().getAttributes();
    String key = CallBacking.class.getName() + "." + what + "." + pair.getNumberId();
    if (!cache.containsKey(key)) {
      cache.put(key, read.get());
    }
    return (T) cache.get(key);
  }
}
