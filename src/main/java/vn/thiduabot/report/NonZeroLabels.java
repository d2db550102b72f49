package vn.thiduabot.report;

import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;

/** The number on each bar segment, left out where it is zero (nothing to draw there). */
final class NonZeroLabels extends StandardCategoryItemLabelGenerator {

    private static final long serialVersionUID = 1L;

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
        Number n = dataset.getValue(row, column);
        return n == null || n.longValue() == 0 ? null : super.generateLabel(dataset, row, column);
    }
}
