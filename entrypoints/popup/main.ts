import '../../lib/ui/style.css';
import { mountPopup } from './popup';

void mountPopup(document.getElementById('app')!);
