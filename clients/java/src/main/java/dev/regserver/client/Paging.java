package dev.regserver.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lazy iteration over every item of a paged List call, following {@code next_page_token} until
 * it is empty. Pages are fetched as iteration reaches them; each {@link #iterator()} starts over
 * from the first page.
 */
public final class Paging<T> implements Iterable<T> {
    /** One page: its items and the token of the next one (empty on the last page). */
    public record Page<T>(List<T> items, String nextPageToken) {}

    private final Function<String, Page<T>> fetch;

    /** @param fetch fetches the page with the given token ("" for the first page). */
    public Paging(Function<String, Page<T>> fetch) {
        this.fetch = fetch;
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private Iterator<T> current = List.<T>of().iterator();
            private String token = "";
            private boolean last = false;

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (last) {
                        return false;
                    }
                    Page<T> page = fetch.apply(token);
                    current = page.items().iterator();
                    token = page.nextPageToken();
                    last = token == null || token.isEmpty();
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** The items as a sequential stream (still fetched lazily). */
    public Stream<T> stream() {
        return StreamSupport.stream(spliterator(), false);
    }
}
