package vn.thiduabot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In the console demo, evidence attached on the Mini App is kept in the data folder and its path is the file id the
 * console's file fetcher reads; the name the person gave never becomes part of a path.
 */
class ConsoleFileUploaderTest {

    @TempDir Path data;

    @Test
    void the_file_is_copied_into_uploads_and_its_path_is_the_id() throws IOException {
        String id = new ConsoleFileUploader(data).upload(777L, "giáo án.pdf", "application/pdf", new byte[] {1, 2, 3}, false, null);
        Path stored = Path.of(id);
        assertThat(stored.getParent()).isEqualTo(data.resolve("uploads"));
        assertThat(stored.getFileName().toString()).endsWith(".pdf");
        assertThat(Files.readAllBytes(stored)).containsExactly(1, 2, 3);
    }

    @Test
    void a_name_that_tries_to_leave_the_folder_stays_inside() throws IOException {
        String id = new ConsoleFileUploader(data).upload(777L, "../../etc/passwd", "text/plain", new byte[] {1}, false, null);
        assertThat(Path.of(id).getParent()).isEqualTo(data.resolve("uploads"));
        assertThat(Path.of(id).getFileName().toString()).doesNotContain("passwd");
    }
}
