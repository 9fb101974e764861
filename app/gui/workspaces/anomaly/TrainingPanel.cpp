// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "TrainingPanel.hpp"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <initializer_list>

namespace lupa::app {

TrainingPanel::TrainingPanel(QWidget* parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_hidden(new QLineEdit(QStringLiteral("32"), this))
    , m_latent(new QSpinBox(this))
    , m_epochs(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_model(new QLabel(this))
    , m_train(new QPushButton(tr("Train"), this))
    , m_open(new QPushButton(tr("Open Model…"), this))
    , m_save(new QPushButton(tr("Save Model…"), this)) {
    setObjectName(QStringLiteral("trainingPanel"));
    m_kind->setObjectName(QStringLiteral("modelKind"));
    m_kind->addItem(tr("Autoencoder"));
    m_kind->addItem(tr("Variational autoencoder"));
    m_kind->setToolTip(tr("A variational autoencoder scores events by the KL divergence of their latent "
                          "Gaussian, which needs only the encoder (the trigger-friendly score)"));
    m_hidden->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral(R"(\s*\d{1,4}(\s*,\s*\d{1,4})*\s*)")), m_hidden));
    m_hidden->setToolTip(tr("Widths of the encoder's hidden layers, comma separated (the decoder mirrors "
                            "them)"));
    m_latent->setRange(1, 256);
    m_latent->setValue(8);
    m_latent->setToolTip(tr("Width of the bottleneck"));
    m_epochs->setRange(1, 1000);
    m_epochs->setValue(20);
    m_epochs->setToolTip(tr("Passes over the background; training stops early after 3 epochs without "
                            "improvement of the validation loss"));
    m_seed->setRange(0, 1'000'000'000);
    m_seed->setValue(1);
    m_seed->setToolTip(tr("Seeds the initial weights, the shuffling and the validation split"));
    m_model->setWordWrap(true);
    m_model->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_train->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_train->setToolTip(tr("Train the autoencoder on the background (Ctrl+T)"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_save->setToolTip(tr("Save the model file (Ctrl+S)"));
    auto* form = new QFormLayout;
    form->addRow(tr("Network:"), m_kind);
    form->addRow(tr("Hidden widths:"), m_hidden);
    form->addRow(tr("Latent size:"), m_latent);
    form->addRow(tr("Epochs:"), m_epochs);
    form->addRow(tr("Seed:"), m_seed);
    form->addRow(tr("Model:"), m_model);
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_train, 0, 0, 1, 2);
    buttons->addWidget(m_open, 1, 0);
    buttons->addWidget(m_save, 1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);
    connect(m_train, &QPushButton::clicked, this, &TrainingPanel::trainRequested);
    connect(m_open, &QPushButton::clicked, this, &TrainingPanel::openModelRequested);
    connect(m_save, &QPushButton::clicked, this, &TrainingPanel::saveModelRequested);
    setModelDescription({});
    setState(false, false, false);
}

Result<anomaly::AutoencoderOptions> TrainingPanel::options() const {
    anomaly::AutoencoderOptions options;
    options.hiddenSizes.clear();
    for (const QString& part : m_hidden->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int width = part.trimmed().toInt(&ok);
        if (!ok || width < 1)
            return Error::usage(
                tr("hidden widths must be positive whole numbers separated by commas, not \"%1\"")
                    .arg(m_hidden->text())
                    .toStdString());
        options.hiddenSizes.push_back(width);
    }
    options.latentSize = m_latent->value();
    options.variational = m_kind->currentIndex() == 1;
    options.train.epochs = m_epochs->value();
    options.train.seed = static_cast<std::uint64_t>(m_seed->value());
    return options;
}

void TrainingPanel::setSettings(const QString& hiddenSizes, int latentSize, int epochs, int seed) {
    m_hidden->setText(hiddenSizes);
    m_latent->setValue(latentSize);
    m_epochs->setValue(epochs);
    m_seed->setValue(seed);
}

QString TrainingPanel::hiddenSizesText() const {
    return m_hidden->text();
}

int TrainingPanel::latentSize() const {
    return m_latent->value();
}

int TrainingPanel::epochs() const {
    return m_epochs->value();
}

int TrainingPanel::seed() const {
    return m_seed->value();
}

void TrainingPanel::setModelDescription(const QString& description, const QString& toolTip) {
    m_model->setText(description.isEmpty() ? tr("none: train one or open a model file") : description);
    m_model->setToolTip(toolTip);
}

void TrainingPanel::setState(bool running, bool hasBackground, bool hasModel) {
    m_train->setEnabled(!running && hasBackground);
    m_open->setEnabled(!running);
    m_save->setEnabled(!running && hasModel);
    for (QWidget* field : std::initializer_list<QWidget*>{m_hidden, m_latent, m_epochs, m_seed})
        field->setEnabled(!running);
}

} // namespace lupa::app
