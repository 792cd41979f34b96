package vn.dondoc.textcore.confidence;

import java.util.ArrayList;
import java.util.List;
import vn.dondoc.textcore.model.Confidence;

/**
 * Sums the weights of the features that hold for one item and squashes the sum into [0, 1] (logistic), keeping
 * the codes of the features that count against it, strongest first: the reasons a reviewer is shown.
 */
final class Evidence {
    private double sum;
    private final List<String> doubts = new ArrayList<>(4);
    private final List<Double> doubtWeights = new ArrayList<>(4);

    Evidence(double prior) {
        this.sum = prior;
    }

    /** A feature for the item: adds its weight when it holds. */
    Evidence plus(boolean holds, double weight) {
        if (holds) {
            sum += weight;
        }
        return this;
    }

    /** A feature against the item: subtracts its weight when it holds and records why. */
    Evidence minus(boolean holds, double weight, String doubt) {
        if (holds) {
            sum -= weight;
            int i = 0;
            while (i < doubtWeights.size() && doubtWeights.get(i) >= weight) {
                i++;
            }
            doubts.add(i, doubt);
            doubtWeights.add(i, weight);
        }
        return this;
    }

    Confidence confidence() {
        double v = 1 / (1 + Math.exp(-sum));
        // three decimals are all a ranking needs, and keep outputs stable across platforms
        return new Confidence(Math.round(v * 1000) / 1000.0, doubts);
    }
}
