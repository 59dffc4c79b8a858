package id.rancang.workshop;

import java.util.List;

/** Who was invited now, and who was already on the list (and was left as they were). */
public record InviteResult(List<Invitation> invited, List<Invitation> alreadyInvited) {

  public InviteResult {
    invited = List.copyOf(invited);
    alreadyInvited = List.copyOf(alreadyInvited);
  }
}
