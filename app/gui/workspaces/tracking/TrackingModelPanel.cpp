// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "TrackingModelPanel.hpp"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <initializer_list>

namespace lupa::app {

TrackingModelPanel::TrackingModelPanel(QWidget* parent)
    : QWidget(parent)
    , m_baseline(new QPushButton(tr("Run Baseline"), this))
    , m_graph(new QComboBox(this))
    , m_epochs(new QSpinBox(this))
    , m_hidden(new QSpinBox(this))
    , m_steps(new QSpinBox(this))
    , m_model(new QLabel(this))
    , m_train(new QPushButton(tr("Train GNN"), this))
    , m_open(new QPushButton(tr("Open Model…"), this))
    , m_run(new QPushButton(tr("Run GNN"), this)) {
    m_baseline->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_baseline->setToolTip(tr("Triplet seeding and Kalman track following, no model needed (Ctrl+B)"));
    for (const auto kind :
         {tracking::GraphKind::LayerMap, tracking::GraphKind::ModuleMap, tracking::GraphKind::Geometric})
        m_graph->addItem(QString::fromLatin1(tracking::toString(kind)));
    m_graph->setItemData(0, tr("Layer pairs crossed in the training truth"), Qt::ToolTipRole);
    m_graph->setItemData(1, tr("Module pairs crossed in the training truth (needs many events)"),
                         Qt::ToolTipRole);
    m_graph->setItemData(2, tr("Doublet cuts only, no map learnt"), Qt::ToolTipRole);
    m_graph->setToolTip(tr("How the hit graph is built"));
    m_epochs->setRange(1, 10000);
    m_epochs->setValue(20);
    m_epochs->setToolTip(tr("Passes over the training graphs; the model keeps the best epoch's weights"));
    m_hidden->setRange(2, 1024);
    m_hidden->setValue(32);
    m_hidden->setToolTip(tr("Width of the network's hidden representations"));
    m_steps->setRange(0, 16);
    m_steps->setValue(3);
    m_steps->setToolTip(tr("Message-passing steps of the interaction network (0: an MLP judges each edge "
                           "alone)"));
    m_model->setWordWrap(true);
    m_model->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_train->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_train->setToolTip(tr("Learn the graph map and train the edge classifier (Ctrl+T)"));
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_run->setToolTip(tr("Graph, edge classifier and segmentation on the chosen event (Ctrl+R)"));
    auto* form = new QFormLayout;
    form->addRow(tr("Graph:"), m_graph);
    form->addRow(tr("Epochs:"), m_epochs);
    form->addRow(tr("Hidden size:"), m_hidden);
    form->addRow(tr("Steps:"), m_steps);
    form->addRow(tr("Model:"), m_model);
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_train, 0, 0);
    buttons->addWidget(m_open, 0, 1);
    buttons->addWidget(m_run, 1, 0, 1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_baseline);
    layout->addLayout(form);
    layout->addLayout(buttons);
    connect(m_baseline, &QPushButton::clicked, this, &TrackingModelPanel::baselineRequested);
    connect(m_train, &QPushButton::clicked, this, &TrackingModelPanel::trainRequested);
    connect(m_open, &QPushButton::clicked, this, &TrackingModelPanel::openModelRequested);
    connect(m_run, &QPushButton::clicked, this, &TrackingModelPanel::gnnRequested);
    setModelDescription({});
    setState(false, false, false);
}

tracking::GnnTrainConfig TrackingModelPanel::trainConfig() const {
    tracking::GnnTrainConfig config;
    config.graph = tracking::parseGraphKind(graph().toStdString()).value_or(tracking::GraphKind::LayerMap);
    config.network.hidden = m_hidden->value();
    config.network.steps = m_steps->value();
    config.training.epochs = m_epochs->value();
    config.training.learningRate = 1e-2; // as `lupa-cli track train`
    config.training.validationFraction = 0.2;
    return config;
}

void TrackingModelPanel::setSettings(int epochs, int hidden, int steps, const QString& graph) {
    m_epochs->setValue(epochs);
    m_hidden->setValue(hidden);
    m_steps->setValue(steps);
    if (const int index = m_graph->findText(graph); index >= 0)
        m_graph->setCurrentIndex(index);
}

int TrackingModelPanel::epochs() const {
    return m_epochs->value();
}

int TrackingModelPanel::hidden() const {
    return m_hidden->value();
}

int TrackingModelPanel::steps() const {
    return m_steps->value();
}

QString TrackingModelPanel::graph() const {
    return m_graph->currentText();
}

void TrackingModelPanel::setModelDescription(const QString& description, const QString& toolTip) {
    m_model->setText(description.isEmpty() ? tr("none: train one or open a model file") : description);
    m_model->setToolTip(toolTip);
}

void TrackingModelPanel::setState(bool running, bool hasEvent, bool hasModel) {
    m_baseline->setEnabled(!running && hasEvent);
    m_train->setEnabled(!running && hasEvent);
    m_open->setEnabled(!running);
    m_run->setEnabled(!running && hasEvent && hasModel);
    for (QWidget* field : std::initializer_list<QWidget*>{m_graph, m_epochs, m_hidden, m_steps})
        field->setEnabled(!running);
}

} // namespace lupa::app
