import '../../lib/ui/style.css';
import { mountGuidelinePage } from './guideline';

void mountGuidelinePage(document.getElementById('app')!);
