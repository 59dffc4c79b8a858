package id.rancang.identity;

import id.rancang.shared.Page;
import id.rancang.shared.PageRequest;
import id.rancang.shared.PersonalDataErased;
import id.rancang.shared.RecordChanged;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every change any module publishes, in the same transaction as the change, with the
 * signed-in person as actor. Erasure requests remove the copies of a person's data kept here.
 */
@Service
public class AuditTrail {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  AuditTrail(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.json = JsonMapper.builder().build();
  }

  @EventListener
  void on(RecordChanged change) {
    Long actorId = null;
    String actorEmail = "system";
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof RancangUser user) {
      actorId = user.accountId();
      actorEmail = user.email();
    }
    jdbc.sql(
            """
            insert into audit_entry (region_id, actor_id, actor_email, record_type, record_id, action,
              before_state, after_state)
            values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
        .params(
            change.regionId(),
            actorId,
            actorEmail,
            change.recordType(),
            change.recordId(),
            change.action().name(),
            toJson(change.before()),
            toJson(change.after()))
        .update();
  }

  @EventListener
  void on(PersonalDataErased erased) {
    jdbc.sql(
            """
            update audit_entry set before_state = case when before_state is null then null
                                                       else '{"erased": true}'::jsonb end,
                                   after_state = case when after_state is null then null
                                                      else '{"erased": true}'::jsonb end
            where record_type = ? and record_id = ? and region_id is not distinct from ?""")
        .params(erased.recordType(), erased.recordId(), erased.regionId())
        .update();
  }

  /** The history of one record in one region, newest first. */
  public Page<AuditEntry> history(
      long regionId, String recordType, long recordId, PageRequest page) {
    long total =
        jdbc.sql(
                "select count(*) from audit_entry where region_id = ? and record_type = ?"
                    + " and record_id = ?")
            .params(regionId, recordType, recordId)
            .query(Long.class)
            .single();
    var items =
        jdbc.sql(
                """
                select id, occurred_at, actor_email, record_type, record_id, action,
                  before_state::text as before_state, after_state::text as after_state
                from audit_entry where region_id = ? and record_type = ? and record_id = ?
                order by occurred_at desc, id desc limit ? offset ?""")
            .params(regionId, recordType, recordId, page.size(), page.offset())
            .query(
                (rs, n) ->
                    new AuditEntry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant().atOffset(ZoneOffset.UTC),
                        rs.getString("actor_email"),
                        rs.getString("record_type"),
                        rs.getLong("record_id"),
                        rs.getString("action"),
                        rs.getString("before_state"),
                        rs.getString("after_state"),
                        changes(rs.getString("before_state"), rs.getString("after_state"))))
            .list();
    return new Page<>(items, page.number(), page.size(), total);
  }

  /** The fields whose values differ, in the order they appear (after first, then removed ones). */
  List<AuditEntry.FieldChange> changes(String beforeJson, String afterJson) {
    Map<String, String> before = flat(beforeJson);
    Map<String, String> after = flat(afterJson);
    Set<String> fields = new LinkedHashSet<>(after.keySet());
    fields.addAll(before.keySet());
    List<AuditEntry.FieldChange> changes = new ArrayList<>();
    for (String field : fields) {
      String b = before.get(field);
      String a = after.get(field);
      if (!Objects.equals(a, b)) {
        changes.add(new AuditEntry.FieldChange(field, b, a));
      }
    }
    return changes;
  }

  private Map<String, String> flat(String jsonText) {
    Map<String, String> values = new LinkedHashMap<>();
    if (jsonText == null) {
      return values;
    }
    JsonNode node = json.readTree(jsonText);
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      values.put(
          field.getKey(),
          value.isNull() ? null : value.isString() ? value.asString() : value.toString());
    }
    return values;
  }

  private String toJson(Map<String, Object> state) {
    return state == null ? null : json.writeValueAsString(state);
  }
}
