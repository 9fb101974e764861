// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QWidget>

class QImage;
class QLabel;

namespace lupa::widgets {

class InspectionImageView;

/// Two InspectionImageViews side by side (the tested image | the reference or an earlier stage) that zoom
/// and pan together. Defects, overlay and regions are set on tested() directly.
class InspectionCompareView : public QWidget {
    Q_OBJECT
public:
    explicit InspectionCompareView(QWidget* parent = nullptr);

    /// Shows `tested` on the left and `reference` on the right, both fitted.
    void setImages(const QImage& tested, const QImage& reference);
    /// Shows `reference` on the right (e.g. the module at an earlier stage instead of the reference), at
    /// the left view's zoom and position.
    void setReferenceImage(const QImage& reference);
    /// Captions above the two views (default "Tested" and "Reference").
    void setTitles(const QString& tested, const QString& reference);
    [[nodiscard]] InspectionImageView* tested() const { return m_tested; }
    [[nodiscard]] InspectionImageView* reference() const { return m_reference; }
    /// The caption above the right view (to hide it with that view).
    [[nodiscard]] QLabel* referenceTitle() const { return m_referenceTitle; }

private:
    /// Makes `to` show what `from` shows.
    void follow(InspectionImageView* from, InspectionImageView* to);

    InspectionImageView* m_tested;
    InspectionImageView* m_reference;
    QLabel* m_testedTitle;
    QLabel* m_referenceTitle;
    bool m_synchronising = false;
};

} // namespace lupa::widgets
