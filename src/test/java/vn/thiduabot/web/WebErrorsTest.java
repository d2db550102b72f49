package vn.thiduabot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import vn.thiduabot.chat.Texts;

/**
 * A form saved at the same moment from the chat and the page loses one of the two saves: the loser is told, politely
 * and without a stack trace, that nothing of it was saved and it may try again (409), not "server error" (500).
 */
class WebErrorsTest {

    @Test
    void a_save_that_lost_a_race_is_a_polite_409_not_a_500() throws Exception {
        Constructor<Texts> c = Texts.class.getDeclaredConstructor();
        c.setAccessible(true);
        WebErrors errors = new WebErrors(c.newInstance());
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/app/registration");

        for (Exception lost : new Exception[] {new DataIntegrityViolationException("unique answer"),
                new CannotAcquireLockException("database is locked")}) {
            ResponseEntity<WebProblem> answer = errors.concurrent(lost, request);
            assertThat(answer.getStatusCode().value()).isEqualTo(409);
            assertThat(answer.getBody().message()).contains("cùng lúc").contains("tải lại trang").doesNotContain("Exception");
        }
        assertThat(errors.fault(new IllegalStateException("a bug"), request).getStatusCode().value()).isEqualTo(500);
    }
}
