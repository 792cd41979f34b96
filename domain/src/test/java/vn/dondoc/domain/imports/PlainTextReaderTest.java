package vn.dondoc.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {
    private final PlainTextReader reader = new PlainTextReader();

    @Test
    void readsUtf8TextAndDropsAByteOrderMark() throws Exception {
        byte[] bytes = "\uFEFFSố: 309/TB-SLĐTBXH".getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read("a.txt", bytes)).isEqualTo("Số: 309/TB-SLĐTBXH");
    }

    @Test
    void anEmptyOrBlankFileIsRefusedAsEmpty() {
        assertThatThrownBy(() -> reader.read("a.txt", new byte[0])).isInstanceOfSatisfying(UnreadableFileException.class,
                e -> assertThat(e.code()).isEqualTo("empty"));
        assertThatThrownBy(() -> reader.read("a.txt", " \n\t ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.code()).isEqualTo("empty"));
    }

    @Test
    void aBinaryOrNonUtf8FileIsRefusedAsBinary() {
        assertThatThrownBy(() -> reader.read("a.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 1}))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.code()).isEqualTo("binary"));
        assertThatThrownBy(() -> reader.read("a.txt", new byte[]{'a', (byte) 0xC3, (byte) 0x28}))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.code()).isEqualTo("binary"));
    }

    @Property(tries = 300)
    void anyBytesGiveTextOrAnUnreadableFileNeverAnotherException(@ForAll byte[] bytes) {
        try {
            assertThat(reader.read("x", bytes)).isNotBlank();
        } catch (UnreadableFileException e) {
            assertThat(e.code()).isIn("empty", "binary");
        }
    }
}
