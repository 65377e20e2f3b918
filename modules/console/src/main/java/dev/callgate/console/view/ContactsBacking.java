package dev.callgate.console.view;

import dev.callgate.accounts.AgentService;
import dev.callgate.accounts.AgentView;
import dev.callgate.accounts.ContactChange;
import dev.callgate.accounts.ContactService;
import dev.callgate.accounts.ContactView;
import dev.callgate.console.faces.Messages;
import dev.callgate.console.security.CurrentAgent;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.WaId;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The business's contacts: who their chat is assigned to (L6: only that agent may call them) and
 * who owns them (R1 routing). Adding a contact takes only its WhatsApp number; assignee and owner
 * are set in the edit dialog.
 */
@Named
@ViewScoped
public class ContactsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ContactService contacts;

  @Inject private AgentService agents;

  @Inject private CurrentAgent me;

  private transient List<ContactView> list;
  private transient List<AgentView> team;

  private String newWaId;
  private String newName;

  private String editWaId;
  private String editName;
  private Long editAssignee;
  private Long editOwner;

  public List<ContactView> getContacts() {
    if (list == null) {
      list = contacts.contacts(me.getBusinessId());
    }
    return list;
  }

  /** The agents a contact can be assigned to or owned by: those of the same business (A2). */
  public List<AgentView> getAgents() {
    if (team == null) {
      team = agents.agents(me.getBusinessId());
    }
    return team;
  }

  public String agentName(Long agentId) {
    if (agentId == null) {
      return "";
    }
    return getAgents().stream()
        .filter(agent -> agent.id() == agentId)
        .map(AgentView::name)
        .findFirst()
        .orElse("agent " + agentId);
  }

  /** Validates the number as the kernel does, so the field says what is wrong with it. */
  public void validateWaId(FacesContext context, UIComponent field, Object value) {
    try {
      WaId.of((String) value);
    } catch (CallingException refused) {
      throw Messages.invalid("WhatsApp number", refused);
    }
  }

  public void add() {
    WaId waId = WaId.of(newWaId);
    // save() creates or updates: adding a known number must not wipe its assignee and owner.
    if (contacts.contact(me.getBusinessId(), waId).isPresent()) {
      Messages.error("addContact:waId", "A contact with number " + waId.e164() + " exists already");
      return;
    }
    if (save(waId, new ContactChange(blankToNull(newName), null, null))) {
      newWaId = null;
      newName = null;
    }
  }

  public void edit(ContactView contact) {
    editWaId = contact.waId();
    editName = contact.name();
    editAssignee = contact.assigneeAgentId();
    editOwner = contact.ownerAgentId();
  }

  public void saveEdit() {
    save(WaId.of(editWaId), new ContactChange(blankToNull(editName), editAssignee, editOwner));
  }

  private boolean save(WaId waId, ContactChange change) {
    try {
      ContactView saved = contacts.save(me.actor(), waId, change);
      String label = saved.name() == null ? "+" + saved.waId() : saved.name();
      Messages.info(label + " saved");
      list = null;
      return true;
    } catch (CallingException refused) {
      Messages.refused(refused);
      return false;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String getNewWaId() {
    return newWaId;
  }

  public void setNewWaId(String newWaId) {
    this.newWaId = newWaId;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getEditWaId() {
    return editWaId;
  }

  public String getEditName() {
    return editName;
  }

  public void setEditName(String editName) {
    this.editName = editName;
  }

  public Long getEditAssignee() {
    return editAssignee;
  }

  public void setEditAssignee(Long editAssignee) {
    this.editAssignee = editAssignee;
  }

  public Long getEditOwner() {
    return editOwner;
  }

  public void setEditOwner(Long editOwner) {
    this.editOwner = editOwner;
  }
}
