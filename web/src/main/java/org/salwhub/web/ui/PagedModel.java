package org.salwhub.web.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.salwhub.registry.api.directory.Page;

/** A lazy table over a boundary's paged query: the page to show, the total, and the rows by key. */
public final class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Loads one page: first row, page size, sort field (null for the default) and whether ascending. */
    @FunctionalInterface
    public interface Loader<T> extends java.io.Serializable {
        Page<T> load(int first, int size, String sort, boolean ascending);
    }

    private final Loader<T> loader;
    private final Function<T, String> key;
    private final Map<String, T> shown = new HashMap<>();

    public PagedModel(Loader<T> loader, Function<T, String> key) {
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, loader.load(0, 1, null, false).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        List<T> rows = loader.load(first, pageSize, sort == null ? null : sort.getField(),
                sort != null && sort.getOrder() == SortOrder.ASCENDING).items();
        rows.forEach(row -> shown.put(key.apply(row), row));
        return rows;
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return shown.get(rowKey);
    }
}
