package org.magicref.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FramesTest {
    @Test
    void framesAreAbbreviatedAsTheThesisDoes() {
        assertEquals("0580-81", Frames.abbreviated(List.of(580, 581)));
        assertEquals("0800-1", Frames.abbreviated(List.of(800, 801)));
        assertEquals("0789-90", Frames.abbreviated(List.of(789, 790)));
        assertEquals("0785-87", Frames.abbreviated(List.of(785, 786, 787)));
        assertEquals("0799-800", Frames.abbreviated(List.of(799, 800)));
        assertEquals("0512, 0524", Frames.abbreviated(List.of(512, 524)));
    }

    @Test
    void framesInFullAsTheReaderShowsThem() {
        assertEquals("0589", Frames.format(589));
        assertEquals("0794-0795, 0811", Frames.runs(List.of(794, 795, 811)));
        assertEquals("0704", Frames.span(704, 704));
        assertEquals("0704-0705", Frames.span(704, 705));
    }
}
