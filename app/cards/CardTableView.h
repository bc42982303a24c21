#pragma once

#include <QTableView>

namespace lectern {

class CardTableModel;

// The card browser's table: whole rows selected, several at once, one line per card, the front
// and back sharing the width while the short columns fit their longest value. No column is sorted
// at first, so the newest cards come first; a header click sorts in the library.
class CardTableView : public QTableView
{
    Q_OBJECT

public:
    CardTableView(CardTableModel *model, QWidget *parent = nullptr);
};

} // namespace lectern
