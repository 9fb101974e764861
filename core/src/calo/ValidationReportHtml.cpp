// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// report.html: the whole evaluation on one page, metric tables with a colour scale and the plots.
#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/Version.hpp>
#include <lupa/core/calo/ValidationPlots.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace lupa::calo {
namespace {

std::string escape(const std::string& text) {
    std::string out;
    for (const char c : text)
        out += c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '&' ? "&amp;" : std::string(1, c);
    return out;
}

std::string number(double value, int digits = 4) {
    return std::isfinite(value) ? fmt::format("{:.{}g}", value, digits) : "–";
}

// Green (alike) to red (apart) for a separation power.
std::string shade(double separationPower) {
    const double t = std::clamp(std::isfinite(separationPower) ? separationPower / 0.2 : 0.0, 0.0, 1.0);
    return fmt::format("hsl({:.0f},70%,85%)", 120.0 * (1.0 - t));
}

std::string fileName(const std::filesystem::path& path) {
    return escape(path.filename().string());
}

std::string summaryTable(const ValidationReport& report) {
    std::string html = "<table><tr><th>candidate</th><th>showers</th><th>FPD</th><th>KPD</th>"
                       "<th>classifier AUC</th><th>JSD</th><th>invalid values</th></tr>\n";
    for (const auto& c : report.candidates) {
        const auto distance = [](const std::optional<DistanceValue>& d, int digits) {
            return d ? number(d->value, digits) + " ± " + number(d->uncertainty, 2) : std::string("–");
        };
        std::string auc, jsd;
        for (const auto& classifier : c.classifiers) {
            auc += fmt::format("{}: {} ± {}<br>", toString(classifier.features),
                               number(classifier.calibrated.auc), number(classifier.aucUncertainty, 2));
            jsd += fmt::format("{}: {} ± {}<br>", toString(classifier.features),
                               number(classifier.calibrated.jsd), number(classifier.jsdUncertainty, 2));
        }
        html += fmt::format(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            fileName(c.path), c.showers, distance(c.fpd, 4), distance(c.kpd, 3), auc.empty() ? "–" : auc,
            jsd.empty() ? "–" : jsd,
            c.bad.nonFiniteVoxels + c.bad.negativeVoxels + c.bad.badIncidentEnergies);
    }
    return html + "</table>\n";
}

std::string featureTable(const ValidationReport& report) {
    std::string html = "<table><tr><th>feature</th>";
    for (const auto& c : report.candidates)
        html += fmt::format("<th>{}<br>separation power</th><th>W1</th><th>KS</th><th>χ²/ndf</th>",
                            fileName(c.path));
    html += "</tr>\n";
    for (const auto& feature : report.features) {
        html += fmt::format("<tr><td><a href=\"#{0}\">{0}</a></td>", escape(feature.column.key));
        for (const auto& m : feature.metrics)
            html += fmt::format("<td style=\"background:{}\">{} ± {}</td><td>{}</td><td>{}</td><td>{}</td>",
                                shade(m.separationPower), number(m.separationPower),
                                number(m.separationPowerError, 2), number(m.wasserstein),
                                number(m.kolmogorovSmirnov), m.ndf > 0 ? number(m.chi2 / m.ndf) : "–");
        html += "</tr>\n";
    }
    return html + "</table>\n";
}

} // namespace

Result<void> writeValidationHtml(const ValidationReport& report, const std::filesystem::path& folder,
                                 bool withPlots) {
    std::string html = fmt::format(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Calorimeter validation</title>\n"
        "<style>body{{font-family:sans-serif;margin:2em}}table{{border-collapse:collapse;margin:1em 0}}"
        "td,th{{border:1px solid #ccc;padding:3px "
        "8px;font-size:90%}}img{{max-width:640px}}</style></head><body>\n"
        "<h1>Calorimeter validation</h1>\n<p>Reference: {} ({} showers), dataset {}. lupa {}.</p>\n",
        fileName(report.reference), report.referenceShowers,
        report.dataset ? datasetName(*report.dataset) : "custom", version());
    html += "<h2>Summary</h2>\n" + summaryTable(report);
    html += "<h2>Features</h2>\n<p>Separation power ½ Σ (h₁ − h₂)² / (h₁ + h₂) on the evaluation script's "
            "binnings (green: alike, red: apart), W1 and KS on the unbinned values.</p>\n" +
            featureTable(report);
    if (withPlots) {
        html += "<h2>Average showers</h2>\n<img src=\"average_shower_reference.svg\" alt=\"reference\">\n";
        for (std::size_t k = 0; k < report.candidates.size(); ++k)
            html += fmt::format("<img src=\"average_shower_candidate_{}.svg\" alt=\"candidate {}\">\n", k + 1,
                                k + 1);
        html += "<h2>Histograms</h2>\n";
        for (const auto& feature : report.features)
            html += fmt::format("<img id=\"{0}\" src=\"{0}.svg\" alt=\"{0}\">\n", escape(feature.column.key));
    }
    html += "</body></html>\n";
    return writeFileAtomically(folder / "report.html", html);
}

} // namespace lupa::calo
