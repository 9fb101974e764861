// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/widgets/inspection/InspectionCompareView.hpp>
#include <lupa/widgets/inspection/InspectionImageView.hpp>

#include <QGridLayout>
#include <QLabel>

namespace lupa::widgets {

InspectionCompareView::InspectionCompareView(QWidget* parent)
    : QWidget(parent)
    , m_tested(new InspectionImageView(this))
    , m_reference(new InspectionImageView(this))
    , m_testedTitle(new QLabel(tr("Tested"), this))
    , m_referenceTitle(new QLabel(tr("Reference"), this)) {
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(4);
    layout->addWidget(m_testedTitle, 0, 0, Qt::AlignHCenter);
    layout->addWidget(m_referenceTitle, 0, 1, Qt::AlignHCenter);
    layout->addWidget(m_tested, 1, 0);
    layout->addWidget(m_reference, 1, 1);
    layout->setRowStretch(1, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    connect(m_tested, &InspectionImageView::viewChanged, this, [this] { follow(m_tested, m_reference); });
    connect(m_reference, &InspectionImageView::viewChanged, this, [this] { follow(m_reference, m_tested); });
}

void InspectionCompareView::setImages(const QImage& tested, const QImage& reference) {
    m_tested->setImage(tested);
    m_reference->setImage(reference);
    follow(m_tested, m_reference);
}

void InspectionCompareView::setReferenceImage(const QImage& reference) {
    m_reference->setImage(reference);
    follow(m_tested, m_reference);
}

void InspectionCompareView::setTitles(const QString& tested, const QString& reference) {
    m_testedTitle->setText(tested);
    m_referenceTitle->setText(reference);
}

void InspectionCompareView::follow(InspectionImageView* from, InspectionImageView* to) {
    if (m_synchronising) // the follower's own viewChanged must not bounce back
        return;
    m_synchronising = true;
    if (from->isFitting()) // both keep fitting through resizes
        to->fitToWindow();
    else
        to->setVisibleRect(from->visibleRect());
    m_synchronising = false;
}

} // namespace lupa::widgets
