// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "AnomalyPlotStyle.hpp"

#include "QCustomPlotInclude.hpp"

#include <QCoreApplication>

#include <array>
#include <cmath>

namespace lupa::app::anomalyplots {
namespace {

QString superscript(int exponent) {
    static const std::array<QChar, 10> digits{QChar(0x2070), QChar(0x00B9), QChar(0x00B2), QChar(0x00B3),
                                              QChar(0x2074), QChar(0x2075), QChar(0x2076), QChar(0x2077),
                                              QChar(0x2078), QChar(0x2079)};
    QString text = exponent < 0 ? QString(QChar(0x207B)) : QString();
    for (const QChar digit : QString::number(std::abs(exponent)))
        text += digits[static_cast<std::size_t>(digit.digitValue())];
    return text;
}

} // namespace

QColor backgroundColour() {
    return {0x55, 0x55, 0x55};
}

QColor signalColour(int index) {
    static const std::array<QColor, 8> palette{QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28),
                                               QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                               QColor(0xff, 0x7f, 0x0e), QColor(0x8c, 0x56, 0x4b),
                                               QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf)};
    return palette[static_cast<std::size_t>(std::abs(index)) % palette.size()];
}

QColor sampleColour(int index) {
    return index == 0 ? backgroundColour() : signalColour(index - 1);
}

void makeLogAxis(QCPAxis* axis) {
    axis->setScaleType(QCPAxis::stLogarithmic);
    QSharedPointer<QCPAxisTickerLog> ticker(new QCPAxisTickerLog);
    axis->setTicker(ticker);
    axis->setNumberFormat(QStringLiteral("eb"));
    axis->setNumberPrecision(0);
}

QString formatRate(double hertz) {
    const auto format = [](double value) {
        return QString::number(value, 'g', 3);
    };
    if (hertz >= 1e6)
        return QCoreApplication::translate("lupa::app::AnomalyPlots", "%1 MHz").arg(format(hertz / 1e6));
    if (hertz >= 1e3)
        return QCoreApplication::translate("lupa::app::AnomalyPlots", "%1 kHz").arg(format(hertz / 1e3));
    return QCoreApplication::translate("lupa::app::AnomalyPlots", "%1 Hz").arg(format(hertz));
}

QString formatFpr(double fpr) {
    const double exponent = std::log10(fpr);
    if (fpr > 0 && std::abs(exponent - std::round(exponent)) < 1e-9)
        return QStringLiteral("10") + superscript(static_cast<int>(std::round(exponent)));
    return QString::number(fpr, 'g', 3);
}

} // namespace lupa::app::anomalyplots
