package io.reelstorm.infra.experiment.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportHtmlTest {

    @Test
    void keepsAnInlinedScriptFromEndingEarly() {
        assertThat(Html.script("var s = '</SCRIPT>'; var t = \"</script \";"))
                .isEqualTo("var s = '<\\/SCRIPT>'; var t = \"<\\/script \";");
    }

    @Test
    void keepsJsonTheSameValueButFreeOfMarkup() {
        assertThat(Html.json("{\"label\":\"</script><b>&\"}"))
                .isEqualTo("{\"label\":\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\"}");
    }

    @Test
    void fillsTheTemplateInOnePass() {
        assertThat(Html.fill("<h1>{{title}}</h1>{{data}}", Map.of("title", "{{data}}", "data", "$1 \\")))
                .isEqualTo("<h1>{{data}}</h1>$1 \\");
        assertThatThrownBy(() -> Html.fill("{{missing}}", Map.of())).hasMessageContaining("{{missing}}");
    }

    @Test
    void escapesTextForElementsAndAttributes() {
        assertThat(Html.text("<a href=\"x\">Tom's & co</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; co&lt;/a&gt;");
    }
}
