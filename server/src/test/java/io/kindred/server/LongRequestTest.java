package io.kindred.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.Article;
import io.kindred.core.live.LiveIndex;
import io.kindred.core.live.LiveOptions;
import io.kindred.core.live.RefitPolicy;
import io.kindred.core.preset.Preset;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The idle timeout is for silent connections, not for slow work: a refit that takes longer than it still answers. */
class LongRequestTest {

    @Test
    void aRefitLongerThanTheIdleTimeoutStillAnswers() throws Exception {
        Random random = new Random(3);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 120; w++) {
                body.append("w").append(random.nextInt(4000)).append(' ');
            }
            articles.add(Article.of("a" + i, "title " + i, body.toString()));
        }
        LiveOptions options = LiveOptions.DEFAULT.withRefit(RefitPolicy.MANUAL);
        try (LiveIndex index = LiveIndex.inMemory(Preset.NEWS, 10, articles, options);
                KindredServer server = KindredServer.start(
                        index,
                        ServerConfig.DEFAULT
                                .withPort(0)
                                .withAccessLog(false)
                                .withIdleTimeout(Duration.ofMillis(100)))) {
            HttpClient client = HttpClient.newHttpClient();
            long start = System.nanoTime();
            HttpResponse<String> r = client.send(
                    HttpRequest.newBuilder(URI.create(server.uri() + "/v1/refit"))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .timeout(Duration.ofSeconds(120))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(
                    millis > 100, "the refit must outlast the idle timeout for this test to mean anything: " + millis);
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("\"articles\":3000"), r.body());
        }
    }
}
