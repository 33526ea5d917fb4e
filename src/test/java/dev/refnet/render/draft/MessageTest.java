package dev.refnet.render.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MessageTest {

    @Test
    void text_is_subject_line_blank_line_body() {
        assertThat(new Message("Hi", "Dear A,\n\nThanks.").text()).isEqualTo("Subject: Hi\n\nDear A,\n\nThanks.\n");
    }

    @Test
    void mailto_encodes_everything_but_unreserved_characters_and_uses_crlf_line_ends() {
        String link = new Message("Thanks & more?", "Dear María O'Brien,\n\n100% = yes+no #1").mailto("a+b@example.org");
        assertThat(link).isEqualTo("mailto:a%2Bb@example.org?subject=Thanks%20%26%20more%3F"
                + "&body=Dear%20Mar%C3%ADa%20O%27Brien%2C%0D%0A%0D%0A100%25%20%3D%20yes%2Bno%20%231");
        // A valid URI whose parts decode back to what was meant.
        URI uri = URI.create(link);
        assertThat(uri.getScheme()).isEqualTo("mailto");
        String query = link.substring(link.indexOf('?') + 1);
        String body = query.substring(query.indexOf("&body=") + 6);
        assertThat(URLDecoder.decode(body.replace("+", "%2B"), StandardCharsets.UTF_8))
                .isEqualTo("Dear María O'Brien,\r\n\r\n100% = yes+no #1");
    }

    @Test
    void parse_takes_the_subject_from_the_first_line_and_tidies_the_body() {
        assertThat(Message.parse("Subject:   Hello  \n\n\nDear A,   \n\n\n\nBye\n\n"))
                .isEqualTo(new Message("Hello", "Dear A,\n\nBye"));
    }
}
