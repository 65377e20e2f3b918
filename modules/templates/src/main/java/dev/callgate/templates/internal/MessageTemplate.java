package dev.callgate.templates.internal;

import dev.callgate.templates.TemplateDraft;
import dev.callgate.templates.TemplateView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A call permission request template and its review. Its status starts PENDING and then follows
 * Meta (T2): the submission's answer first, then status webhooks, as {@link ReviewStatus} decides.
 */
@Entity
@Table(name = "templates_template")
@NamedQuery(
    name = MessageTemplate.BY_BUSINESS,
    query =
        "select t from MessageTemplate t where t.businessId = :business"
            + " order by t.createdAt desc, t.id desc")
@NamedQuery(
    name = MessageTemplate.BY_NAME,
    query =
        "select t from MessageTemplate t where t.wabaId = :waba and t.name = :name"
            + " and t.language = :language")
@NamedQuery(
    name = MessageTemplate.BY_META_ID,
    query = "select t from MessageTemplate t where t.metaTemplateId = :metaId and t.wabaId = :waba")
public class MessageTemplate {

  static final String BY_BUSINESS = "MessageTemplate.byBusiness";
  static final String BY_NAME = "MessageTemplate.byName";
  static final String BY_META_ID = "MessageTemplate.byMetaId";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "business_id")
  private long businessId;

  @Column(name = "waba_id")
  private String wabaId;

  @Column(name = "meta_template_id")
  private String metaTemplateId;

  private String name;
  private String language;
  private String category;

  @Column(name = "header_text")
  private String headerText;

  @Column(name = "body_text")
  private String bodyText;

  @Column(name = "footer_text")
  private String footerText;

  @ElementCollection
  @CollectionTable(
      name = "templates_template_example",
      joinColumns = @JoinColumn(name = "template_id"))
  @OrderColumn(name = "idx")
  @Column(name = "example_text")
  private List<String> examples = new ArrayList<>();

  @Column(name = "allow_category_change")
  private boolean allowCategoryChange;

  private String status;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "status_sent_at")
  private Instant statusSentAt;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected MessageTemplate() {}

  /** A checked draft, not yet submitted: PENDING until Meta says otherwise. */
  MessageTemplate(long businessId, String wabaId, TemplateDraft draft, Instant at) {
    this.businessId = businessId;
    this.wabaId = wabaId;
    this.name = draft.name();
    this.language = draft.language();
    this.category = draft.category();
    this.headerText = draft.headerText();
    this.bodyText = draft.bodyText();
    this.footerText = draft.footerText();
    this.examples = new ArrayList<>(draft.examples());
    this.allowCategoryChange = draft.allowCategoryChange();
    this.status = ReviewStatus.PENDING;
    this.createdAt = at;
    this.updatedAt = at;
  }

  /**
   * The Cloud API accepted the submission: its id, its first status (usually PENDING), and the
   * category it assigned, which differs from the one asked for when a change was allowed.
   */
  void submitted(String metaId, String firstStatus, String assignedCategory, Instant at) {
    this.metaTemplateId = metaId;
    if (assignedCategory != null && !assignedCategory.isBlank()) {
      this.category = assignedCategory;
    }
    this.updatedAt = at;
    if (firstStatus != null) {
      statusChanged(firstStatus, null, null, at);
    }
  }

  /**
   * A status reported by Meta. Returns whether it changed the template: a late or stale report does
   * not (see {@link ReviewStatus#next}).
   *
   * @param sentAt the time Meta stamped on the webhook, or null when it carried none
   */
  boolean statusChanged(String event, String reason, Instant sentAt, Instant at) {
    ReviewStatus.Outcome outcome = ReviewStatus.next(status, statusSentAt, event, reason, sentAt);
    if (!outcome.applies()) {
      return false;
    }
    boolean changed = outcome.differsFrom(status, statusReason);
    this.status = outcome.status();
    this.statusReason = outcome.reason();
    if (sentAt != null) {
      this.statusSentAt = sentAt;
    }
    this.updatedAt = at;
    return changed;
  }

  long id() {
    return id;
  }

  long businessId() {
    return businessId;
  }

  String metaTemplateId() {
    return metaTemplateId;
  }

  String status() {
    return status;
  }

  public TemplateView view() {
    return new TemplateView(
        id == null ? 0 : id,
        businessId,
        wabaId,
        metaTemplateId,
        name,
        language,
        category,
        headerText,
        bodyText,
        footerText,
        examples,
        allowCategoryChange,
        status,
        statusReason,
        createdAt,
        updatedAt);
  }
}
