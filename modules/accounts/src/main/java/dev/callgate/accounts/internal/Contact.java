package dev.callgate.accounts.internal;

import dev.callgate.accounts.ContactView;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.FieldProblem;
import dev.callgate.kernel.input.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

@Entity
@Table(name = "accounts_contact")
@NamedQuery(
    name = Contact.BY_WA_ID,
    query = "select c from Contact c where c.businessId = :business and c.waId = :waId")
@NamedQuery(
    name = Contact.BY_BUSINESS,
    query = "select c from Contact c where c.businessId = :business order by c.name, c.waId")
public class Contact {

  static final String BY_WA_ID = "Contact.byWaId";
  static final String BY_BUSINESS = "Contact.byBusiness";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "business_id")
  private long businessId;

  @Column(name = "wa_id")
  private String waId;

  private String name;

  @Column(name = "assignee_agent_id")
  private Long assigneeAgentId;

  @Column(name = "owner_agent_id")
  private Long ownerAgentId;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected Contact() {}

  public Contact(long businessId, String waId, Instant at) {
    this.businessId = businessId;
    this.waId = waId;
    this.updatedAt = at;
  }

  /** A name is one line of plain text, whichever face (REST, console) it came through. */
  public void update(String name, Long assigneeAgentId, Long ownerAgentId, Instant at) {
    PlainText.problem(name, false)
        .ifPresent(
            problem -> {
              throw CallingException.validation(List.of(new FieldProblem("name", problem)));
            });
    this.name = name;
    this.assigneeAgentId = assigneeAgentId;
    this.ownerAgentId = ownerAgentId;
    this.updatedAt = at;
  }

  public ContactView view() {
    return new ContactView(id, businessId, waId, name, assigneeAgentId, ownerAgentId, updatedAt);
  }
}
