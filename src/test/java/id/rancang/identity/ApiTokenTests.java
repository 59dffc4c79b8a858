package id.rancang.identity;

import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RancangIntegrationTest
class ApiTokenTests {

  private static final String PASSWORD = "kata-sandi-uji-123";

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void aClientExchangesEmailAndPasswordForATokenAndUsesIt() throws Exception {
    TestRegion region = fixtures.newRegion();
    String email = region.as(Role.EDITOR).email();

    String token = issue(email, PASSWORD);

    mvc.perform(get("/api/v1/regions/" + region.code()).header("Authorization", "Bearer " + token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value(region.code()));
  }

  @Test
  void aRevokedTokenIsRefused() throws Exception {
    TestRegion region = fixtures.newRegion();
    String token = issue(region.as(Role.REVIEWER).email(), PASSWORD);

    mvc.perform(delete("/api/v1/auth/token").header("Authorization", "Bearer " + token))
        .andExpect(status().isNoContent());

    mvc.perform(get("/api/v1/regions/" + region.code()).header("Authorization", "Bearer " + token))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    TestRegion region = fixtures.newRegion();
    String token = issue(region.as(Role.PARTICIPANT).email(), PASSWORD);
    jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where account_id = ?")
        .param(region.as(Role.PARTICIPANT).accountId())
        .update();

    mvc.perform(get("/api/v1/regions/" + region.code()).header("Authorization", "Bearer " + token))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aMadeUpTokenIsRefused() throws Exception {
    mvc.perform(get("/api/v1/regions").header("Authorization", "Bearer not-a-real-token"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.status").value(401));
  }

  @Test
  void tokensAreStoredOnlyAsHashes() throws Exception {
    TestRegion region = fixtures.newRegion();
    String token = issue(region.as(Role.EDITOR).email(), PASSWORD);

    long plain =
        jdbc.sql("select count(*) from api_token where token_hash = ?")
            .param(token)
            .query(Long.class)
            .single();
    org.assertj.core.api.Assertions.assertThat(plain).isZero();
  }

  @Test
  void aWrongPasswordGets401AndRepeatedFailuresLockTheAddressEvenForTheRightPassword()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    String email = region.as(Role.REVIEWER).email();
    for (int i = 0; i < 5; i++) {
      mvc.perform(tokenRequest(email, "salah-" + i)).andExpect(status().isUnauthorized());
    }

    mvc.perform(tokenRequest(email, PASSWORD)).andExpect(status().isTooManyRequests());
  }

  @Test
  void anUnknownAddressIsAnsweredLikeAWrongPassword() throws Exception {
    mvc.perform(tokenRequest("tidak.ada@uji.test", PASSWORD))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.detail", notNullValue()));
  }

  private String issue(String email, String password) throws Exception {
    String body =
        mvc.perform(tokenRequest(email, password))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.expiresAt", notNullValue()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode node = json.readTree(body);
    return node.get("token").asString();
  }

  private org.springframework.test.web.servlet.RequestBuilder tokenRequest(
      String email, String password) {
    return post("/api/v1/auth/token")
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, password));
  }
}
