package dev.callgate.console.view;

import dev.callgate.accounts.BusinessService;
import dev.callgate.accounts.ContactService;
import dev.callgate.accounts.ContactView;
import dev.callgate.accounts.NumberView;
import dev.callgate.console.security.CurrentAgent;
import dev.callgate.permissions.PermissionService;
import dev.callgate.permissions.PermissionState;
import dev.callgate.permissions.PermissionView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Outbound call permissions of one business number: every customer who was asked or who granted
 * permission, where they stand, who asked and when. A customer's row leads to their contact page,
 * where a request is sent.
 */
@Named
@ViewScoped
public class PermissionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PermissionService permissions;

  @Inject private BusinessService businesses;

  @Inject private ContactService contacts;

  @Inject private CurrentAgent me;

  private String numberId;
  private PermissionState status;

  private transient List<NumberView> numbers;
  private transient List<PermissionRow> rows;

  /**
   * One customer of the number.
   *
   * @param customer the contact's name, or the customer's number when they are not a contact
   */
  public record PermissionRow(PermissionView permission, String customer) {}

  /** Opens on the number given as {@code ?number=}, else the business's first. */
  public void load() {
    String wanted =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("number");
    numberId =
        getNumbers().stream()
            .map(NumberView::id)
            .filter(id -> id.equals(wanted))
            .findFirst()
            .orElse(getNumbers().isEmpty() ? null : getNumbers().get(0).id());
  }

  public List<NumberView> getNumbers() {
    if (numbers == null) {
      numbers = businesses.numbers(me.getBusinessId());
    }
    return numbers;
  }

  public List<PermissionRow> getRows() {
    if (rows == null) {
      rows = numberId == null ? List.of() : rows();
    }
    return rows;
  }

  private List<PermissionRow> rows() {
    Map<String, String> names =
        contacts.contacts(me.getBusinessId()).stream()
            .filter(contact -> contact.name() != null && !contact.name().isBlank())
            .collect(
                Collectors.toMap(ContactView::waId, ContactView::name, (first, second) -> first));
    return permissions.permissions(me.getBusinessId(), numberId).stream()
        .filter(pair -> status == null || pair.status() == status)
        .map(pair -> new PermissionRow(pair, names.getOrDefault(pair.waId(), "+" + pair.waId())))
        .toList();
  }

  /** The number or the status filter changed: the rows are read again. */
  public void filter() {
    rows = null;
  }

  /** NONE included: a customer whose request lapsed unanswered is listed with it. */
  public List<PermissionState> getStatuses() {
    return Arrays.asList(PermissionState.values());
  }

  public String getNumberId() {
    return numberId;
  }

  public void setNumberId(String numberId) {
    this.numberId = numberId;
  }

  public PermissionState getStatus() {
    return status;
  }

  public void setStatus(PermissionState status) {
    this.status = status;
  }
}
